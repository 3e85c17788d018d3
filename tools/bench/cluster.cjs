// Runs the built API (dist/apps/api/main.js) as BENCH_WORKERS node:cluster workers sharing one port; used by comments-read.sh when BENCH_WORKERS > 1.
const cluster = require('node:cluster');
const { join } = require('node:path');

const workers = Math.max(1, Number(process.env.BENCH_WORKERS ?? 2));

if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (worker, code) => {
    if (!stopping) {
      console.error(`API worker ${worker.process.pid} exited (${code}); stopping.`);
      process.exit(1);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
} else {
  require(join(__dirname, '../../dist/apps/api/main.js'));
}
