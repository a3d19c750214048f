/** A file to download instead of a JSON body (exports). */
export class Download {
  constructor(
    readonly bytes: Uint8Array | string,
    readonly contentType: string,
    /** Suggested file name; ASCII letters, digits, dots and dashes only. */
    readonly filename: string,
  ) {}
}
