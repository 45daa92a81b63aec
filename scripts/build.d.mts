/** Types for scripts/build.mjs (plain JavaScript so that it runs before anything is compiled). */
export declare const BUILD_INPUTS: { readonly folders: readonly string[]; readonly files: readonly string[] };
export declare const STAMP: string;
export declare function sourceHash(root: string): string;
export declare function buildIsCurrent(root: string): boolean;
export declare function build(
  root: string,
  options?: {
    ifStale?: boolean;
    steps?: ReadonlyArray<readonly [string, readonly string[]]>;
    log?: (line: string) => void;
  },
): 'current' | 'built';
