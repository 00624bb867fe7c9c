// A case's process diagram (bpmn-js navigated viewer, served from the WAR) with the steps the case
// stands at marked "gf-current-step" and the steps it passed marked "gf-passed-step". The ids come from
// the container's data attributes: the pages run under a Content Security Policy without inline scripts.
(function () {
  'use strict';

  function ids(value) {
    return (value || '').split(/\s+/).filter(function (id) { return id.length > 0; });
  }

  async function show() {
    var host = document.getElementById('case-diagram');
    var source = document.getElementById('case-diagram-xml');
    if (!host || !source || typeof BpmnNavigatedViewer === 'undefined') { return; }
    var viewer = new BpmnNavigatedViewer({ container: host });
    try {
      await viewer.importXML(source.value);
    } catch (error) {
      host.textContent = host.dataset.failed;
      host.dataset.error = String(error && error.message || error);
      return;
    }
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    ids(host.dataset.passed).forEach(function (id) {
      if (registry.get(id)) { canvas.addMarker(id, 'gf-passed-step'); }
    });
    ids(host.dataset.current).forEach(function (id) {
      if (registry.get(id)) { canvas.addMarker(id, 'gf-current-step'); }
    });
    host.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', show);
}());
