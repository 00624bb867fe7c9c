// bpmnlint with GapFlow's rules (.bpmnlintrc, compiled into packed-config.mjs by build-web.mjs).
// One source for both places it runs: the browser (modeler page) and Node on the server.
import { BpmnModdle } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter';
import packed from './packed-config.mjs';

/** Lints BPMN XML; resolves to [{ id, rule, category, message }] ('error' or 'warn'). */
export async function lint(xml) {
  const moddle = new BpmnModdle(packed.moddleExtensions);
  let root;
  let warnings;
  try {
    ({ rootElement: root, warnings } = await moddle.fromXML(xml));
  } catch (error) {
    return [{ id: '', rule: 'parse', category: 'error', message: 'Parse error: ' + error.message }];
  }
  const findings = (warnings || []).map(w => ({
    id: (w.element && w.element.id) || '',
    rule: 'import',
    category: 'error',
    message: 'Import warning: ' + String(w.message).split(/\n/)[0]
  }));
  const linter = new Linter({ config: packed.config, resolver: packed.resolver });
  const reports = await linter.lint(root);
  for (const [rule, list] of Object.entries(reports)) {
    for (const report of list) {
      findings.push({
        id: report.id || '',
        rule,
        category: report.category === 'warn' ? 'warn' : 'error',
        message: report.message
      });
    }
  }
  return findings;
}
