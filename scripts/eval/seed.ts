/** Figures on the seed article. (Being written.) */
export async function evaluateSeed(): Promise<void> {}
