// A V8 CPU profile of this process's main thread (where the in-process API server runs) around one piece of
// work, written as a .cpuprofile file that Chrome DevTools opens and bench/profile-summary.ts summarises.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function withCpuProfile<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 1 ms samples: fine enough for requests of a few milliseconds, cheap enough not to change them.
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}
