/**
 * Moves the PDF's bytes from pdfkit to the destination as they are produced. pdfkit pushes without regard for
 * back-pressure, so the renderer pulls what is buffered after each step and waits for 'drain' when the
 * destination is full: memory stays flat however long the document is.
 */
export class OutputPump {
  private full = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly out: NodeJS.WritableStream,
  ) {}

  /** Writes whatever pdfkit has buffered; waits when the destination asks for it. */
  async flush(): Promise<void> {
    this.moveBuffered();
    if (this.full) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = (): void => {
          this.out.removeListener('error', onError);
          resolve();
        };
        const onError = (error: Error): void => {
          this.out.removeListener('drain', onDrain);
          reject(error);
        };
        this.out.once('drain', onDrain);
        this.out.once('error', onError);
      });
      this.full = false;
    }
  }

  /** Ends the document and the destination; resolves when the destination has everything. */
  async finish(): Promise<void> {
    this.doc.end();
    this.moveBuffered();
    await new Promise<void>((resolve) => this.out.end(() => resolve()));
  }

  private moveBuffered(): void {
    let chunk: unknown;
    while ((chunk = this.doc.read()) !== null) {
      if (!this.out.write(chunk as Uint8Array)) this.full = true;
    }
  }
}
