import { expect } from 'chai';
import { useApp } from '../support/app';
import { idOf } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { eventInput } from './events.test';

// A real 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

/** A GraphQL multipart request (graphql-multipart-request-spec), as browsers and the console send it. */
async function upload(
  t: { url: string },
  c: ApiClient,
  eventId: string,
  bytes: Buffer,
  name: string,
  preflight = true,
) {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation($id: ID!, $f: Upload!) { setEventCover(id: $id, file: $f) { coverUrl } }`,
      variables: { id: eventId, f: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  form.append('0', new Blob([new Uint8Array(bytes)]), name);
  const headers: Record<string, string> = { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  if (preflight) headers['apollo-require-preflight'] = 'true';
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as any };
}

describe('API: event cover upload (EV3)', () => {
  const t = useApp({ env: { COVER_MAX_KB: '16' } });
  let board: ApiClient;
  let publicId: string;
  let draftId: string;

  before(async () => {
    board = await t.signedIn('bureau@example.org');
    const net7 = await idOf(t, 'club', 'net7');
    const create = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`;
    publicId = (await board.data(create, { i: eventInput(net7) })).createEvent.id;
    draftId = (await board.data(create, { i: eventInput(net7, { visibility: 'DRAFT' }) })).createEvent.id;
  });

  it('EV3: a PNG cover is checked by content, stored, and served with the event’s visibility', async () => {
    const res = await upload(t, board, publicId, PNG, 'cover.png');
    const url: string = res.body.data.setEventCover.coverUrl;
    expect(url).to.match(new RegExp(`^/media/events/${publicId}/cover\\?v=`));
    const img = await fetch(`${t.url}${url}`);
    expect(img.status).to.equal(200);
    expect(img.headers.get('content-type')).to.equal('image/png');
    expect(Buffer.from(await img.arrayBuffer()).equals(PNG)).to.equal(true);

    await upload(t, board, draftId, PNG, 'cover.png');
    expect(
      (await fetch(`${t.url}/media/events/${draftId}/cover`)).status,
      'a draft’s cover is as hidden as the draft',
    ).to.equal(404);
  });

  it('EV3: a file that is not an image, or too large, is refused with a coded error and changes nothing', async () => {
    const before = (await board.data(`query($id: ID!) { event(id: $id) { coverUrl } }`, { id: publicId })).event
      .coverUrl;
    const text = await upload(t, board, publicId, Buffer.from('<script>alert(1)</script>'), 'evil.png');
    expect(text.body.errors[0].extensions).to.deep.include({
      code: 'BAD_USER_INPUT',
      fields: { file: 'UNSUPPORTED_TYPE' },
    });
    const big = await upload(t, board, publicId, Buffer.concat([PNG, Buffer.alloc(40 * 1024)]), 'big.png');
    expect(big.body.errors[0].message + JSON.stringify(big.body.errors[0].extensions)).to.match(
      /TOO_LARGE|too large|exceeds/i,
    );
    expect(
      (await board.data(`query($id: ID!) { event(id: $id) { coverUrl } }`, { id: publicId })).event.coverUrl,
    ).to.equal(before);
  });

  it('EV4: only EDIT may set the cover, and a multipart request without the preflight header is refused (CSRF)', async () => {
    const student = await t.signedIn('alice@example.org');
    expect((await upload(t, student, publicId, PNG, 'cover.png')).body.errors[0].extensions.code).to.equal('FORBIDDEN');
    expect((await upload(t, board, publicId, PNG, 'cover.png', false)).status).to.equal(400);
  });

  it('EV3: removing the cover deletes it', async () => {
    const { removeEventCover } = await board.data(`mutation($id: ID!) { removeEventCover(id: $id) { coverUrl } }`, {
      id: publicId,
    });
    expect(removeEventCover.coverUrl).to.equal(null);
    expect((await fetch(`${t.url}/media/events/${publicId}/cover`)).status).to.equal(404);
  });
});
