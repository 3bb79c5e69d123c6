import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { LOCALES, placeholders, t, translator } from '../../server/src/core/i18n';
import { parisDateTime } from '../../server/src/core/time';
import { mails } from '../../server/src/modules/mail';

const ROOT = path.resolve(__dirname, '../..');
const catalogue = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'messages', `${locale}.json`), 'utf8'));

describe('unit: the server’s texts come from the apps’ catalogue, in the reader’s language (issue 12)', () => {
  const [fr, en] = [catalogue('fr'), catalogue('en')];
  const serverKeys = (c: Record<string, string>) =>
    Object.keys(c).filter((k) => k.startsWith('mail_') || k.startsWith('document_'));

  it('every mail_ and document_ key is in both French and English, with the same placeholders', () => {
    expect(serverKeys(fr).length, 'the server has its keys').to.be.greaterThan(50);
    expect(serverKeys(en), 'the same keys in both files').to.deep.equal(serverKeys(fr));
    for (const key of serverKeys(fr)) {
      expect(fr[key], `fr ${key}`).to.be.a('string').and.not.equal('');
      expect(en[key], `en ${key}`).to.be.a('string').and.not.equal('');
      expect(placeholders(en[key]), `${key}: English uses the placeholders French uses`).to.deep.equal(
        placeholders(fr[key]),
      );
    }
  });

  it('t reads the catalogue in each language and interpolates {name} placeholders', () => {
    expect(LOCALES).to.deep.equal(['fr', 'en']);
    expect(t('fr', 'mail_greeting', { firstName: 'Léa' })).to.equal('Bonjour Léa,');
    expect(t('en', 'mail_greeting', { firstName: 'Léa' })).to.equal('Hello Léa,');
    expect(t('en', 'document_door_list_page', { page: 3 }), 'numbers too').to.equal('page 3');
    expect(t('fr', 'booking_status_RESERVED'), 'the apps’ enum labels').to.equal(fr.booking_status_RESERVED);
    expect(t('en', 'booking_status_RESERVED')).to.equal(en.booking_status_RESERVED);
  });

  it('values are inserted once (a value holding {x} stays as typed), a placeholder without a value stays, English falls back to French, an unknown key throws', () => {
    const tr = translator({
      fr: { a: 'Bonjour {name} ({other})', only_fr: 'Seulement {x}' },
      en: { a: 'Hello {name} ({other})' },
    });
    expect(tr('en', 'a', { name: '{other}', other: 'B' })).to.equal('Hello {other} (B)');
    expect(tr('fr', 'a', { name: 'Zoé' })).to.equal('Bonjour Zoé ({other})');
    expect(tr('en', 'only_fr', { x: 'ici' }), 'a key English lacks is read in French').to.equal('Seulement ici');
    expect(() => tr('en', 'missing')).to.throw(/missing/);
    expect(() => tr('fr', 'constructor'), 'only the catalogue’s own keys').to.throw(/constructor/);
  });

  it('dates and amounts are formatted in the reader’s language, French by default', () => {
    const at = new Date('2026-12-12T19:00:00Z');
    expect(parisDateTime(at)).to.equal(parisDateTime(at, 'fr')).and.include('décembre');
    expect(parisDateTime(at, 'en')).to.include('December').and.include('20:00');
  });

  it('a mail to a known reader is in their language only; to an unknown one, French then English, as before', () => {
    const english = mails.eventCancelled(
      'eve@example.org',
      'en',
      'Ève',
      'Gala',
      'Pluie',
      ['GALA-1'],
      'http://x/bookings',
    );
    expect(english.subject).to.equal('Event cancelled: Gala');
    expect(english.text)
      .to.include('Hello Ève,')
      .and.include('Reason: Pluie')
      .and.include('See my bookings:\nhttp://x/bookings')
      .and.not.include('Bonjour');
    expect(english.html).to.include('<html lang="en">').and.not.include('Bonjour');
    const french = mails.eventCancelled('eve@example.org', 'fr', 'Ève', 'Gala', null, ['GALA-1'], 'http://x/bookings');
    expect(french.subject).to.equal('Évènement annulé : Gala');
    expect(french.text)
      .to.include('Bonjour Ève,')
      .and.include('Voir mes réservations :\nhttp://x/bookings')
      .and.not.include('Hello');
    const both = mails.eventCancelled('eve@example.org', null, 'Ève', 'Gala', null, ['GALA-1'], 'http://x/bookings');
    expect(both.subject).to.equal('Évènement annulé : Gala / Event cancelled');
    expect(both.text)
      .to.include('Bonjour Ève,\nHello Ève,')
      .and.include('Voir mes réservations / See my bookings :\nhttp://x/bookings');
    expect(both.html)
      .to.include('<html lang="fr">')
      .and.include('<span lang="en" style="color:#555">Hello Ève,</span>');
  });
});
