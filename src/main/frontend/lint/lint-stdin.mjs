// Server side: BPMN XML on stdin, findings as JSON on stdout (run by org.gapflow.processadmin.ModelLint).
import { lint } from './lint.mjs';

const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', async () => {
  try {
    const findings = await lint(Buffer.concat(chunks).toString('utf8'));
    process.stdout.write(JSON.stringify(findings));
  } catch (error) {
    process.stderr.write(String(error && error.stack || error));
    process.exitCode = 2;
  }
});
