// Shared by the benchmark report scripts: reading wrk's output and rewriting a marked results section of a docs file.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Requests/s, latency percentiles (ms), errors, from wrk --latency output. */
export function parseWrk(text) {
  const ms = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60000 }[unit];
  const percentile = (p) => {
    const match = text.match(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'));
    return match ? ms(match[1], match[2]) : NaN;
  };
  const socket = text.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const requests = text.match(/(\d+) requests in ([\d.]+)(\w+)/);
  const max = text.match(/Latency\s+[\d.]+\w+\s+[\d.]+\w+\s+([\d.]+)(us|ms|s|m)/);
  return {
    requestsPerSecond: Number(text.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN),
    requests: Number(requests?.[1] ?? NaN),
    p50: percentile(50),
    p90: percentile(90),
    p99: percentile(99),
    max: max ? ms(max[1], max[2]) : NaN,
    non2xx: Number(text.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/**
 * Replaces the text between the `start` and `end` markers of `docsPath` with `section` (which includes both markers),
 * or appends it when the markers are not there yet; then formats the file with Prettier.
 */
export function writeDocsSection(docsPath, start, end, section) {
  const docs = readFileSync(docsPath, 'utf8');
  const from = docs.indexOf(start);
  const to = docs.indexOf(end);
  const updated =
    from >= 0 && to > from ? docs.slice(0, from) + section + docs.slice(to + end.length) : `${docs.trimEnd()}\n\n${section}\n`;
  writeFileSync(docsPath, updated);
  try {
    execSync(`npx prettier --write ${JSON.stringify(docsPath)}`, { stdio: 'ignore' });
  } catch {
    // Formatting is cosmetic.
  }
  console.log(`Results written to ${docsPath}`);
}
