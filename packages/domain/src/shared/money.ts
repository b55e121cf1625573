// Integer grosze arithmetic. Every result is an integer; the rounding direction is named at
// each call, because the law asks for different directions in different places.

/** `percent`% of an amount, rounded half up to the grosz (130% × kryterium and the like). */
export function percentHalfUp(grosze: number, percent: number): number {
  return Math.floor((grosze * percent + 50) / 100);
}

/** `percent`% of an amount, rounded up: for floors the law words "not less than x%". */
export function percentUp(grosze: number, percent: number): number {
  return Math.ceil((grosze * percent) / 100);
}

/** a / b rounded half up to the grosz (non-negative a, positive b). */
export function divideHalfUp(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/**
 * Hectares (given to 4 decimal places, as in land registers) × an amount per hectare, half up.
 * Scaling the hectares to an integer first keeps binary fractions out of the product.
 */
export function hectaresTimes(hectares: number, perHectare: number): number {
  const tenThousandths = Math.round(hectares * 10_000);
  return Math.floor((tenThousandths * perHectare + 5_000) / 10_000);
}
