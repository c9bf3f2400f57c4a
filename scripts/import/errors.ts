/** An import failure that names the file and, where there is one, the row and the column. */
export class ImportError extends Error {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  constructor(file: string, message: string, where: { row?: number; column?: string } = {}) {
    const at = [where.row !== undefined ? `row ${where.row}` : '', where.column !== undefined ? `column "${where.column}"` : '']
      .filter(Boolean)
      .join(', ');
    super(`${file}${at ? `, ${at}` : ''}: ${message}`);
    this.name = 'ImportError';
    this.file = file;
    this.row = where.row;
    this.column = where.column;
  }
}
