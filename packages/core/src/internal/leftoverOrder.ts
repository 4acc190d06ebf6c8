/**
 * The largest-remainder rule shared by every allocation: the `leftover` minor
 * units that the truncated shares miss go one each to the shares with the
 * largest remainders, ties going to the earliest share. Answers the indices
 * that get one more unit. `leftover` is below the number of shares.
 */
export function indicesGettingLeftover(
  remainders: ArrayLike<number> | readonly bigint[],
  leftover: number,
): number[] {
  const chosen: number[] = [];
  const taken = new Uint8Array(remainders.length);
  for (let round = 0; round < leftover; round++) {
    let best = -1;
    for (let index = 0; index < remainders.length; index++) {
      if (
        taken[index] === 0 &&
        (best < 0 || (remainders[index] as number) > (remainders[best] as number))
      ) {
        best = index;
      }
    }
    taken[best] = 1;
    chosen.push(best);
  }
  return chosen;
}
