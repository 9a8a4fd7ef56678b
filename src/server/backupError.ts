/** A backup or restore refused with one line (a damaged archive, a database that is not empty). */
export class BackupError extends Error {}
