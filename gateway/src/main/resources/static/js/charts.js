/*
 * Draws each chart on an outcomes page from the JSON block beside its canvas (<script type="application/json"
 * data-chart-for="canvas id">). A symbol (c, z, x, low) is a null: a gap, never a bar or a point. The table next to
 * each chart holds the same figures for anyone who cannot see it.
 */
(function () {
  'use strict';
  var colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#b58840', '#28a197', '#912b88',
    '#505a5f', '#85994b', '#003078', '#6f72af'];

  function datasets(chart) {
    var sets = chart.series.map(function (series, index) {
      var colour = colours[index % colours.length];
      return {
        label: series.label,
        data: series.values,
        backgroundColor: colour,
        borderColor: colour,
        spanGaps: false
      };
    });
    if (chart.threshold !== null && chart.threshold !== undefined) {
      sets.push({
        type: 'line',
        label: 'Threshold (' + chart.threshold + ' days)',
        data: chart.labels.map(function () { return chart.threshold; }),
        borderColor: '#0b0c0c',
        backgroundColor: '#0b0c0c',
        borderDash: [6, 4],
        pointRadius: 0
      });
    }
    return sets;
  }

  function draw(block) {
    var canvas = document.getElementById(block.getAttribute('data-chart-for'));
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var chart = JSON.parse(block.textContent);
    new Chart(canvas, {
      type: chart.kind,
      data: { labels: chart.labels, datasets: datasets(chart) },
      options: {
        animation: false,
        responsive: true,
        plugins: { title: { display: true, text: chart.title + ' (' + chart.measure + ')' } },
        scales: { y: { beginAtZero: true } }
      }
    });
  }

  document.querySelectorAll('script[type="application/json"][data-chart-for]').forEach(draw);
}());
