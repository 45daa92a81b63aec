import { Command, Option } from 'commander';
import { parse } from 'csv-parse/sync';
import { ValidationError } from '../../errors.js';
import {
  ALPHA_LEVELS,
  type AlphaLevel,
  cohenKappa,
  fleissKappaFromUnits,
  groupRatings,
  type KappaWeights,
  krippendorffAlpha,
  percentAgreement,
  type Rating,
  type RatingValue,
} from '../../quality/metrics/index.js';
import { CliError } from '../client.js';
import { readTextFile } from '../files.js';

type Metric = 'alpha' | 'fleiss' | 'cohen' | 'percent';

interface AgreementFlags {
  metric: Metric;
  level?: AlphaLevel;
  weights?: Exclude<KappaWeights, 'none'>;
  order?: string;
}

/** `tandem agreement ratings.csv --metric alpha`: agreement of a plain CSV file, no server involved. */
export function agreementCommand(): Command {
  return (
    new Command('agreement')
      .description('Inter-rater agreement of a CSV file with columns unit,rater,value (works without a server)')
      .argument('<file>', 'CSV with a header naming unit, rater and value; a missing rating is an absent row')
      .addOption(
        new Option('--metric <metric>', 'what to compute')
          .choices(['alpha', 'fleiss', 'cohen', 'percent'])
          .makeOptionMandatory(),
      )
      .addOption(new Option('--level <level>', "alpha's level of measurement (default nominal)").choices(ALPHA_LEVELS))
      .addOption(new Option('--weights <weights>', "weighted Cohen's kappa").choices(['linear', 'quadratic']))
      .option('--order <categories>', 'comma-separated category order, for ordinal alpha and weighted kappa')
      // addCommand() does not pass the program's exitOverride down; without it a bad --metric would
      // exit 1 from inside commander instead of reaching main.ts, which maps usage errors to 2.
      .exitOverride()
      .action((file: string, flags: AgreementFlags) => {
        if (flags.level && flags.metric !== 'alpha') throw new CliError('--level applies to --metric alpha only', 2);
        if (flags.weights && flags.metric !== 'cohen')
          throw new CliError('--weights applies to --metric cohen only', 2);
        const level = flags.level ?? 'nominal';
        const numeric = flags.metric === 'alpha' && (level === 'interval' || level === 'ratio');
        const ratings = readRatings(file, numeric);
        const order = flags.order === undefined ? undefined : parseOrder(flags.order, ratings);
        try {
          process.stdout.write(`${computeAgreement(file, ratings, { ...flags, level }, order)}\n`);
        } catch (error) {
          // Metric input errors name array paths (units.3.1) that mean nothing next to a CSV file.
          if (!(error instanceof ValidationError)) throw error;
          throw new CliError(`${file}: ${error.details.map((detail) => detail.message).join('; ')}`);
        }
      })
  );
}

function computeAgreement(
  file: string,
  ratings: readonly Rating[],
  flags: AgreementFlags & { level: AlphaLevel },
  order: RatingValue[] | undefined,
): string {
  const { units, unitIds, raterIds } = groupRatings(ratings);
  const raters = `raters: ${raterIds.length}`;
  switch (flags.metric) {
    case 'alpha': {
      const result = krippendorffAlpha(units, { level: flags.level, ...(order ? { order } : {}) });
      if (Number.isNaN(result.alpha)) {
        throw new CliError(
          `alpha is undefined for ${file}: all ${result.pairableValues} values in units with 2+ ratings are the same, so there is no variation to measure agreement on`,
        );
      }
      return `alpha (${flags.level}) = ${format(result.alpha)}\nunits: ${result.units} used, ${result.droppedUnits} dropped (fewer than 2 values); ${raters}; values: ${result.pairableValues}`;
    }
    case 'fleiss': {
      const counts = units.map((unit) => unit.filter((value) => value !== null).length);
      const differs = counts.findIndex((count) => count !== counts[0]);
      if (differs >= 0) {
        throw new CliError(
          `fleiss needs the same number of ratings for every unit, but unit ${JSON.stringify(unitIds[0])} has ${counts[0]} and unit ${JSON.stringify(unitIds[differs])} has ${counts[differs]}; use --metric alpha (nominal), which allows missing ratings`,
        );
      }
      const result = fleissKappaFromUnits(units, order ? { order } : {});
      if (Number.isNaN(result.kappa)) throw new CliError(`kappa is undefined for ${file}: every rating is the same`);
      return `fleiss kappa = ${format(result.kappa)}\nunits: ${result.subjects}; ratings per unit: ${result.raters}; categories: ${result.categories.length}`;
    }
    case 'cohen': {
      if (raterIds.length !== 2) {
        const names = raterIds.map((id) => JSON.stringify(id)).join(', ');
        throw new CliError(
          `cohen needs exactly 2 raters, but ${file} has ${raterIds.length} (${names})${raterIds.length > 2 ? '; use --metric fleiss or alpha for more raters' : ''}`,
        );
      }
      const weights = flags.weights ?? 'none';
      const result = cohenKappa(
        units.map((unit) => unit[0]),
        units.map((unit) => unit[1]),
        { weights, ...(order ? { order } : {}) },
      );
      if (Number.isNaN(result.kappa)) {
        throw new CliError(`kappa is undefined for ${file}: both raters gave the same single value throughout`);
      }
      const label = weights === 'none' ? 'cohen kappa' : `cohen kappa (${weights} weights)`;
      const scale =
        result.scale === 'declared'
          ? `categories: ${result.categories.length}, declared by --order`
          : `categories: ${result.categories.length}, inferred from the units rated by both`;
      return `${label} = ${format(result.kappa)}\nunits: ${result.pairs} rated by both, ${result.skippedPairs} skipped; raters: 2 (${raterIds.join(', ')}); ${scale}`;
    }
    case 'percent': {
      const result = percentAgreement(units);
      return `percent agreement = ${format(result.agreement)}\nunits: ${result.units} used, ${result.droppedUnits} dropped (fewer than 2 values); ${raters}; pairs compared: ${result.pairs}`;
    }
  }
}

function format(value: number): string {
  return value.toFixed(4);
}

/**
 * Reads unit,rater,value rows. Values become numbers when `numeric` (interval/ratio: any other
 * value is an error naming its line) or when every value in the file is a number (so "10" ranks
 * after "9"); otherwise they stay strings. An empty value cell counts as a missing rating.
 */
function readRatings(file: string, numeric: boolean): Rating[] {
  const text = readTextFile(file, 'ratings');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types do not model `info: true`, which turns each row into { record, info }.
    rows = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (error) {
    throw new CliError(`${file} is not valid CSV: ${(error as Error).message}`);
  }
  const header = rows[0]?.record.map((name) => name.toLowerCase());
  if (!header) throw new CliError(`${file} is empty; expected a header "unit,rater,value" and one row per rating`);
  const columns = { unit: header.indexOf('unit'), rater: header.indexOf('rater'), value: header.indexOf('value') };
  const missing = Object.entries(columns).filter(([, index]) => index < 0);
  if (missing.length > 0) {
    throw new CliError(
      `${file} has no ${missing.map(([name]) => `"${name}"`).join(', ')} column (header: ${header.join(',')}); expected unit,rater,value`,
    );
  }
  const ratings: Rating[] = [];
  const seen = new Map<string, number>();
  let allNumbers = true;
  for (const { record, info } of rows.slice(1)) {
    const [unit, rater, value] = [record[columns.unit] ?? '', record[columns.rater] ?? '', record[columns.value] ?? ''];
    if (unit === '' || rater === '') throw new CliError(`${file} line ${info.lines}: unit and rater must not be empty`);
    const key = `${unit}\u0000${rater}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new CliError(
        `${file} line ${info.lines}: rater "${rater}" already rated unit "${unit}" on line ${earlier}`,
      );
    }
    seen.set(key, info.lines);
    if (value === '') continue;
    const isNumber = Number.isFinite(Number(value));
    if (numeric && !isNumber) {
      throw new CliError(
        `${file} line ${info.lines}: value "${value}" is not a number (interval and ratio need numbers)`,
      );
    }
    allNumbers &&= isNumber;
    ratings.push({ unit, rater, value });
  }
  if (ratings.length === 0) throw new CliError(`${file} has a header but no ratings`);
  return allNumbers ? ratings.map((rating) => ({ ...rating, value: Number(rating.value) })) : ratings;
}

function parseOrder(order: string, ratings: readonly Rating[]): RatingValue[] {
  const names = order.split(',').map((name) => name.trim());
  const numbers = ratings.every((rating) => typeof rating.value === 'number');
  if (!numbers) return names;
  const values = names.map(Number);
  const bad = names.find((_name, index) => !Number.isFinite(values[index]));
  if (bad !== undefined) throw new CliError(`--order lists "${bad}", but every value in the file is a number`, 2);
  return values;
}
