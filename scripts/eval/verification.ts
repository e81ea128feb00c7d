/** Verification figures. (Being written.) */
export async function evaluateVerification(quotesFile?: string): Promise<void> {
  void quotesFile;
}
