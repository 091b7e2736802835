// Dashboard charts: the data come from the canvas's data-chart attribute (written by the
// server, no inline script); a click on a bar opens the tasks behind it.
document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
  const data = JSON.parse(canvas.dataset.chart);
  const horizontal = canvas.dataset.horizontal === 'true';
  const stacked = canvas.dataset.stacked === 'true';
  const links = canvas.dataset.links ? JSON.parse(canvas.dataset.links) : null;
  const valueAxis = { stacked: canvas.dataset.stacked === 'true', beginAtZero: true };
  if (canvas.dataset.max) {
    valueAxis.max = Number(canvas.dataset.max);
  }
  // eslint-disable-next-line no-undef
  new Chart(canvas, {
    type: 'bar',
    data,
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { x: valueAxis, y: { stacked } } : { x: { stacked }, y: valueAxis },
      onClick: (event, elements) => {
        if (!links || elements.length === 0) {
          return;
        }
        const { datasetIndex, index } = elements[0];
        const target = links[index] && (Array.isArray(links[index]) ? links[index][datasetIndex] : links[index]);
        if (target) {
          window.location.href = target;
        }
      },
    },
  });
});
