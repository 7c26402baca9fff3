import { join } from 'node:path';
import { MatrixDouble } from '@cercle/dev-servers';

/**
 * The local Matrix double of `npm start` (with CERCLE_LOCAL_MATRIX=1): its bot and its community room are
 * made on the first start and found again in its state file afterwards, so the room id communities were
 * given keeps working.
 */
export async function startLocalMatrix(
  dataDir: string,
  port: number,
): Promise<{ double: MatrixDouble; url: string; token: string; roomId: string }> {
  const double = new MatrixDouble({ stateFile: join(dataDir, 'matrix.json') });
  const { url } = await double.start(port);
  const botId = `@cercle:${double.store.serverName}`;
  const token = double.tokenOf(botId) ?? double.addUser('cercle').token;
  const room =
    double.rooms().find((r) => r.name === 'Communauté' && r.joined.includes(botId)) ??
    double.addRoom({ name: 'Communauté', members: [botId] });
  return { double, url, token, roomId: room.roomId };
}
