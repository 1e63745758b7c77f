import { ArtFailure, artError, type MediaService } from '@artfactory/nodes';
import type { MediaStore } from '../media/media-store';

/** The media store as run functions see it: put bytes, read them back by hash. */
export function mediaService(store: MediaStore): MediaService {
  return {
    put: (bytes, ext) => store.put(bytes, ext),
    async read(hash, ext) {
      const read = await store.read(store.pathOf(hash, ext));
      if (!read.ok) throw new ArtFailure(artError('storage-failed', `media ${hash}.${ext}: ${read.error.message}`, { details: { hash } }));
      return read.value;
    },
  };
}
