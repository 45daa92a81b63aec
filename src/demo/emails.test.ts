import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.js';
import { MAX_BODY_CODE_POINTS, parseEmail } from './emails.js';

describe('parseEmail', () => {
  it('reads subject, sender and body of a plain mail', () => {
    const email = parseEmail('From: Ann <ann@example.com>\nSubject: Lunch?\n\nAre you free at noon?\n');
    expect(email).toEqual({ subject: 'Lunch?', from: 'Ann <ann@example.com>', body: 'Are you free at noon?' });
  });

  it('unfolds folded headers, including repeated ones, and skips the mbox separator line', () => {
    const raw = [
      'From ann@example.com  Thu Aug 22 12:36:23 2002',
      'Received: from a.example',
      '\tby b.example; Thu, 22 Aug 2002',
      'Received: from c.example',
      '\tby d.example; Thu, 22 Aug 2002',
      'Subject: a very long subject',
      '\tthat was folded',
      '   twice',
      'From: ann@example.com',
      '',
      'body',
    ].join('\n');
    const email = parseEmail(raw);
    expect(email.subject).toBe('a very long subject that was folded twice');
    expect(email.from).toBe('ann@example.com');
  });

  it('handles CRLF line endings and keeps the first Subject when there are two', () => {
    const email = parseEmail('Subject: first\r\nSubject: second\r\n\r\nline one\r\nline two\r\n');
    expect(email.subject).toBe('first');
    expect(email.body).toBe('line one\nline two');
  });

  it('collapses runs of spaces and blank lines but keeps paragraphs', () => {
    const email = parseEmail('Subject: x\n\n  Hello   \t world  \n\n\n\n\nSecond    paragraph\n');
    expect(email.body).toBe('Hello world\n\nSecond paragraph');
  });

  it('strips HTML, drops scripts and styles, decodes entities and keeps link targets', () => {
    const raw = [
      'Content-Type: text/html; charset="us-ascii"',
      '',
      '<html><head><title>t</title><style>p { color: red }</style></head><body>',
      '<script>alert("x")</script><p>Dear&nbsp;friend &amp; customer,</p>',
      '<p>Please <a href="http://evil.example/login">verify your account</a> &#8212; thanks</p>',
      '<!-- hidden words --></body></html>',
    ].join('\n');
    const { body } = parseEmail(raw);
    expect(body).toBe('Dear friend & customer,\n\nPlease verify your account (http://evil.example/login) — thanks');
  });

  it('detects an HTML body even without a Content-Type header', () => {
    const { body } = parseEmail('Subject: offer\n\n<HTML><BODY><FONT size=3>Buy <B>now</B></FONT></BODY></HTML>');
    expect(body).toBe('Buy now');
  });

  it('leaves prose that merely mentions a tag alone', () => {
    const { body } = parseEmail('Subject: q\n\nUse a <br> tag for line breaks.');
    expect(body).toBe('Use a <br> tag for line breaks.');
  });

  it('prefers the text/plain part of a multipart/alternative mail and skips attachments', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      'This is a multi-part message in MIME format.',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/html',
      '',
      '<p>html version</p>',
      '--inner',
      'Content-Type: text/plain',
      '',
      'plain version',
      '--inner--',
      '--outer',
      'Content-Type: text/plain; name="notes.txt"',
      'Content-Disposition: attachment; filename="notes.txt"',
      '',
      'attached notes',
      '--outer--',
    ].join('\n');
    expect(parseEmail(raw).body).toBe('plain version');
  });

  it('falls back to the HTML part when there is no plain text part', () => {
    const raw = [
      'Content-Type: multipart/related; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html',
      '',
      '<p>only <b>html</b> here</p>',
      '--b1',
      'Content-Type: image/gif',
      'Content-Transfer-Encoding: base64',
      '',
      'R0lGODlhAQABAAAAACw=',
      '--b1--',
    ].join('\n');
    expect(parseEmail(raw).body).toBe('only html here');
  });

  it('decodes quoted-printable soft line breaks and Latin-1 bytes', () => {
    const raw = [
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Caf=E9 prices are go=',
      'ing up, a =3D b',
    ].join('\n');
    expect(parseEmail(raw).body).toBe('Café prices are going up, a = b');
  });

  it('decodes a base64 text body', () => {
    const encoded = Buffer.from('Grüße aus Köln', 'utf8').toString('base64');
    const raw = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${encoded}\n`;
    expect(parseEmail(raw).body).toBe('Grüße aus Köln');
  });

  it('truncates the body to 3,000 code points without splitting an emoji', () => {
    const raw = `Subject: long\n\n${'a'.repeat(MAX_BODY_CODE_POINTS - 1)}😀😀😀`;
    const { body } = parseEmail(raw);
    expect([...body]).toHaveLength(MAX_BODY_CODE_POINTS);
    expect(body.endsWith('a😀')).toBe(true);
  });

  it('drops control characters and lone surrogates', () => {
    const { body } = parseEmail('Subject: x\n\nbell\u0007 null\u0000 lone\ud800 end');
    expect(body).toBe('bell null lone end');
  });

  it('treats text without a blank line or headers as body', () => {
    expect(parseEmail('just some words, no headers')).toEqual({
      subject: '',
      from: '',
      body: 'just some words, no headers',
    });
    expect(parseEmail('Subject: only headers')).toEqual({ subject: 'only headers', from: '', body: '' });
  });

  it('never throws on hostile or malformed input', () => {
    const inputs = [
      '',
      '\n\n\n',
      '<'.repeat(50_000),
      `Content-Type: multipart/mixed; boundary=x\n\n${'--x\n'.repeat(2_000)}`,
      'Content-Type: text/plain; charset=made-up-charset\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!',
      'Content-Transfer-Encoding: quoted-printable\n\n=ZZ=\n=',
      `Content-Type: text/html\n\n${'<a href="x">'.repeat(5_000)}`,
      '&#99999999; &#xD800; &bogus;',
      undefined as unknown as string,
    ];
    for (const input of inputs) {
      expect(() => parseEmail(input)).not.toThrow();
    }
    expect(parseEmail('Subject: x\n\n&#99999999; &#xD800; &bogus;').body).toBe('&#99999999; &#xD800; &bogus;');
  });

  it('parses every mail of the SpamAssassin corpus into bounded, non-empty text', () => {
    const mails = loadCorpus();
    let emptyBodies = 0;
    let emptySubjects = 0;
    for (const mail of mails) {
      const email = parseEmail(mail.text);
      expect([...email.body].length).toBeLessThanOrEqual(MAX_BODY_CODE_POINTS);
      if (email.body === '') emptyBodies += 1;
      if (email.subject === '') emptySubjects += 1;
    }
    expect(mails).toHaveLength(6_046);
    // A handful are images or scripts only, or truly have no subject; the rest must read well.
    expect(emptyBodies).toBeLessThan(20);
    expect(emptySubjects).toBeLessThan(40);
  });
});
