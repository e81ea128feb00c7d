/** Benchmark part. (Being written.) */
export async function run(): Promise<void> {}
