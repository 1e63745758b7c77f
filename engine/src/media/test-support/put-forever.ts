// Child process for the kill -9 test: puts distinct 4 MiB blobs until killed.
import { MediaStore } from '../media-store';

const store = new MediaStore(process.argv[2] ?? '');
const blob = new Uint8Array(4 * 1024 * 1024);
for (let i = 0; ; i++) {
  new DataView(blob.buffer).setUint32(0, i);
  blob.fill(i & 0xff, 4);
  await store.put(blob, 'bin');
  if (i === 0) process.stdout.write('started\n');
}
