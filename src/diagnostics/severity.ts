/** How bad a problem is: an error stops the file being used, a warning does not. */
export type Severity = 'error' | 'warning';
