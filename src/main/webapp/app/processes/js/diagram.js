// A process version's diagram (bpmn-js navigated viewer) with per-step figures as overlays.
// Loaded as a file: the pages run under a Content Security Policy without inline scripts.
(function () {
  'use strict';

  function formatDuration(ms) {
    var s = Math.round(ms / 1000), d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    if (d > 0) { return d + ' d ' + h + ' h'; }
    if (h > 0) { return h + ' h ' + m + ' min'; }
    return m > 0 ? m + ' min' : s + ' s';
  }

  function badge(container, className, text, title) {
    var span = document.createElement('span');
    span.className = 'gf-badge ' + className;
    span.textContent = text;
    span.title = title;
    container.appendChild(span);
  }

  async function show() {
    var host = document.getElementById('gf-diagram');
    var source = document.getElementById('gf-diagram-xml');
    if (!host || !source || typeof BpmnNavigatedViewer === 'undefined') { return; }
    var statistics = JSON.parse(host.dataset.statistics || '{}');
    var viewer = new BpmnNavigatedViewer({ container: host });
    try {
      await viewer.importXML(source.value);
    } catch (error) {
      host.textContent = String(error && error.message || error);
      return;
    }
    viewer.get('canvas').zoom('fit-viewport');
    var overlays = viewer.get('overlays');
    var registry = viewer.get('elementRegistry');
    Object.keys(statistics).forEach(function (id) {
      if (!registry.get(id)) { return; }
      var step = statistics[id];
      var box = document.createElement('div');
      box.className = 'gf-overlay';
      if (step.running > 0) { badge(box, 'gf-badge-running', step.running, host.dataset.labelRunning); }
      if (step.incidents > 0) { badge(box, 'gf-badge-incident', step.incidents, host.dataset.labelIncidents); }
      if (step.completed > 0) { badge(box, 'gf-badge-completed', step.completed, host.dataset.labelCompleted); }
      if (step.averageMillis !== undefined) { badge(box, 'gf-badge-average', formatDuration(step.averageMillis), host.dataset.labelAverage); }
      overlays.add(id, 'gapflow-statistics', { position: { bottom: 4, left: -4 }, html: box });
    });
    host.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', show);
}());
