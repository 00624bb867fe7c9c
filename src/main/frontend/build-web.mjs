// Builds the process owner workspace's browser assets into a folder the WAR takes in (pom.xml,
// maven-war-plugin webResources): the Camunda 7 modeler and navigated viewer (camunda-bpmn-js dist),
// the DMN editor (dmn-js dist) and one bpmnlint bundle used by the browser and by Node on the server.
// The bundles are build output: never committed.
import { cpSync, mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = resolve(process.argv[2] || join(here, '../../../target/frontend-web'));
const assets = join(out, 'app/processes/assets');
rmSync(out, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

const bpmn = join(here, 'node_modules/camunda-bpmn-js/dist');
for (const file of ['camunda-platform-modeler.production.min.js', 'camunda-platform-navigated-viewer.production.min.js']) {
  cpSync(join(bpmn, file), join(assets, 'bpmn', file));
}
cpSync(join(bpmn, 'assets'), join(assets, 'bpmn/assets'), { recursive: true });
const dmn = join(here, 'node_modules/dmn-js/dist');
cpSync(join(dmn, 'dmn-modeler.production.min.js'), join(assets, 'dmn/dmn-modeler.production.min.js'));
cpSync(join(dmn, 'assets'), join(assets, 'dmn/assets'), { recursive: true });

// .bpmnlintrc compiled to a module that imports every enabled rule (what rollup-plugin-bpmnlint does)
const compileConfig = require('bpmnlint/lib/support/compile-config');
const config = JSON.parse(readFileSync(join(here, '.bpmnlintrc'), 'utf8'));
writeFileSync(join(here, 'lint/packed-config.mjs'), await compileConfig(config));

const common = { bundle: true, minify: true, legalComments: 'none', nodePaths: [join(here, 'node_modules')], logLevel: 'warning' };
await build({ ...common, entryPoints: [join(here, 'lint/lint.mjs')], outfile: join(assets, 'gapflow-lint.js'),
  format: 'iife', globalName: 'GapFlowLint', platform: 'browser', target: 'es2020' });
await build({ ...common, entryPoints: [join(here, 'lint/lint-stdin.mjs')], outfile: join(out, 'WEB-INF/lint/gapflow-lint.cjs'),
  format: 'cjs', platform: 'node', target: 'node18' });
console.log('workspace assets built in ' + out);
