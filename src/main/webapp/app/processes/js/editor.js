// The workspace editor: the Camunda 7 modeler (camunda-bpmn-js, with the Camunda properties panel) or
// the DMN editor (dmn-js), opened on the XML the page put in a hidden field. Every change is written
// back into that field, so the page's buttons (save, check, deploy, try) send what the user sees.
// bpmnlint (the same bundle the server runs) lints BPMN as the user edits. Clicking a finding that names
// an element selects it. Loaded as a file: the pages run under a Content Security Policy.
(function () {
  'use strict';

  var host, status, editor, kind;

  // looked up each time: the page's ajax updates replace the form, and with it the hidden field
  function field() {
    return document.getElementById(host.dataset.xmlField);
  }

  function setStatus(text) {
    if (status) { status.textContent = text; }
  }

  async function syncXml() {
    try {
      var result = await editor.saveXML({ format: true });
      field().value = result.xml;
      host.dataset.revision = String(Number(host.dataset.revision || '0') + 1);
      if (kind === 'bpmn') { lint(result.xml); }
    } catch (error) {
      setStatus(String(error && error.message || error));
    }
  }

  async function lint(xml) {
    var list = document.getElementById('gf-browser-lint');
    if (!list || typeof GapFlowLint === 'undefined') { return; }
    var findings = await GapFlowLint.lint(xml);
    list.textContent = '';
    findings.forEach(function (finding) {
      var item = document.createElement('li');
      item.className = 'gf-check gf-check-' + (finding.category === 'warn' ? 'warning' : 'error');
      item.dataset.elementId = finding.id || '';
      item.textContent = (finding.id ? finding.id + ': ' : '') + finding.message + ' (' + finding.rule + ')';
      list.appendChild(item);
    });
  }

  function select(elementId) {
    if (kind !== 'bpmn' || !elementId) { return; }
    var element = editor.get('elementRegistry').get(elementId);
    if (!element) { return; }
    editor.get('selection').select(element);
    editor.get('canvas').scrollToElement(element);
  }

  async function openBpmn(xml) {
    editor = new BpmnModeler({ container: '#gf-canvas', propertiesPanel: { parent: '#gf-properties' } });
    await editor.importXML(xml);
    editor.get('canvas').zoom('fit-viewport');
    editor.on('commandStack.changed', syncXml);
  }

  async function openDmn(xml) {
    editor = new DmnJS({ container: '#gf-canvas' });
    editor.on('views.changed', function () {
      var viewer = editor.getActiveViewer();
      if (viewer && !viewer.__gapflowSync) {
        viewer.__gapflowSync = true;
        viewer.on('commandStack.changed', syncXml);
      }
    });
    await editor.importXML(xml);
    var views = editor.getViews();
    var table = views.filter(function (view) { return view.type === 'decisionTable'; })[0];
    if (table) { await editor.open(table); }
  }

  async function start() {
    host = document.getElementById('gf-editor');
    if (!host) { return; }
    kind = host.dataset.kind;
    status = document.getElementById('gf-editor-status');
    var initial = field();
    if (!initial || !initial.value) { return; }
    try {
      if (kind === 'dmn') { await openDmn(initial.value); } else { await openBpmn(initial.value); }
      await syncXml();
      host.dataset.ready = 'true';
      window.gapflowEditor = editor; // for the browser test and the console
    } catch (error) {
      setStatus(String(error && error.message || error));
    }
  }

  document.addEventListener('click', function (event) {
    var item = event.target.closest && event.target.closest('[data-element-id]');
    if (item && item.dataset.elementId && editor) { select(item.dataset.elementId); }
  });
  document.addEventListener('DOMContentLoaded', start);
}());
