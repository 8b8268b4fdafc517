/** The package version, shown by --version (a test keeps it equal to package.json). */
export const VERSION = '1.0.0'
