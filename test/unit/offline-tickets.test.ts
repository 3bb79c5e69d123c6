import { expect } from 'chai';
import { isTicketImage, isTicketPage } from '../../portal/src/lib/offline-tickets';

const ID = '3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';

describe('unit: what the portal’s service worker may keep (OF1)', () => {
  it('OF1: only a booking’s page and its inline ticket image are kept', () => {
    expect(isTicketPage(`/bookings/${ID}`)).to.equal(true);
    expect(isTicketImage(`/media/tickets/${ID}.png?inline=1`)).to.equal(true);
  });

  it('OF1 SEC: anything else a page could ask the worker to keep is refused (API, other files, look-alike paths)', () => {
    for (const path of [
      '/graphql',
      '/bookings',
      `/bookings/${ID}/`,
      `/bookings/${ID}?x=1`,
      `/bookings/${ID}/__data.json`,
      `/bookings/../graphql`,
      `/console/bookings/${ID}`,
      `https://evil.example/bookings/${ID}`,
      `/bookings/${ID.toUpperCase()}`,
    ])
      expect(isTicketPage(path), path).to.equal(false);
    for (const path of [
      `/media/tickets/${ID}.png`,
      `/media/tickets/${ID}.pdf?inline=1`,
      `/media/tickets/${ID}.png?inline=1&x=1`,
      `/media/answers/${ID}`,
      `/personal-data/archive.zip`,
      `//evil.example/media/tickets/${ID}.png?inline=1`,
    ])
      expect(isTicketImage(path), path).to.equal(false);
  });
});
