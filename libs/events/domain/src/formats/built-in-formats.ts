import { UnknownFormatError } from '../errors';
import { Format } from './format';
import { openForum } from './open-forum';
import { peerGroup } from './peer-group';

/** The reference workflows shipped with Cercle; organisers start from one or define their own. */
export const builtInFormats: readonly Format[] = [openForum, peerGroup];

export function getFormat(id: string): Format {
  const format = builtInFormats.find((candidate) => candidate.id === id);
  if (!format) throw new UnknownFormatError(id);
  return format;
}
