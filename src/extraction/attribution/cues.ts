/**
 * Cue span refinement: the tagger often runs a cue on into words PolNeAR
 * leaves out ("said earlier on Friday" -> "said", "pleaded guilty to making"
 * -> "pleaded guilty"). For every multi-word cue a linear model picks the best
 * sub-span (the whole span included) from the words at its edges and just
 * outside them, their POS and learned cue strength. Trained by
 * scripts/train-attribution.ts on jackknifed tagger cues whose gold cue lies
 * inside them.
 */
import type { Token } from "../nlp";
import type { CueLexicon } from "./features";
import { strHash, mix3 } from "./hash";

export const CUE_BITS = 15;
const MASK = (1 << CUE_BITS) - 1;
export const CUE_MASK = MASK;
/** Longest cue whose sub-spans are ranked; longer ones are left alone. */
export const MAX_CUE = 10;
export const CUE_FEATURES = 12;

function word(tokens: Token[], i: number): number {
  const t = tokens[i];
  return t ? strHash(t.lower) : i < 0 ? 3 : 5;
}

function pos(tokens: Token[], i: number): number {
  const t = tokens[i];
  return t ? strHash(t.pos) : i < 0 ? 7 : 11;
}

function strength(tokens: Token[], i: number, lex: CueLexicon): number {
  const t = tokens[i];
  return t ? (lex.get(t.lower) ?? 0) : 9;
}

/** Features of the sub-span [i, j) of the cue [a, b). */
export function cueFeatures(tokens: Token[], lex: CueLexicon, a: number, b: number, i: number, j: number, out: Int32Array): void {
  const cut = (i > a ? 1 : 0) + (j < b ? 2 : 0);
  const len = Math.min(j - i, 4);
  out[0] = mix3(1, cut, len);
  out[1] = mix3(2, word(tokens, i), cut);
  out[2] = mix3(3, word(tokens, j - 1), cut);
  out[3] = mix3(4, pos(tokens, i), pos(tokens, j - 1));
  out[4] = mix3(5, strength(tokens, i, lex), strength(tokens, j - 1, lex));
  out[5] = mix3(6, word(tokens, j), i < a + 1 ? 0 : 1);
  out[6] = mix3(7, word(tokens, i - 1), j > b - 1 ? 0 : 1);
  out[7] = mix3(8, pos(tokens, j), pos(tokens, j - 1));
  out[8] = mix3(9, pos(tokens, i - 1), pos(tokens, i));
  out[9] = mix3(10, word(tokens, j - 1), word(tokens, j));
  out[10] = mix3(11, strength(tokens, j, lex), mix3(pos(tokens, j), cut, len));
  out[11] = mix3(12, word(tokens, i), word(tokens, j - 1));
}

const scratch = new Int32Array(CUE_FEATURES);

/** Best sub-span [i, j) of the cue [a, b) under weights w. */
export function bestCueSpan(w: ArrayLike<number>, tokens: Token[], lex: CueLexicon, a: number, b: number): [number, number] {
  const score = (i: number, j: number) => {
    cueFeatures(tokens, lex, a, b, i, j, scratch);
    let s = 0;
    for (let f = 0; f < CUE_FEATURES; f++) s += w[scratch[f]! & MASK]!;
    return s;
  };
  // The whole span first, so ties (and an untrained model) keep it.
  let best = score(a, b);
  let bi = a;
  let bj = b;
  if (b - a < 2 || b - a > MAX_CUE) return [a, b];
  for (let i = a; i < b; i++)
    for (let j = i + 1; j <= b; j++) {
      if (i === a && j === b) continue;
      const s = score(i, j);
      if (s > best) {
        best = s;
        bi = i;
        bj = j;
      }
    }
  return [bi, bj];
}
