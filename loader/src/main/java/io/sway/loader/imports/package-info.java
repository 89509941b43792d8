/**
 * Importers that turn public social-network datasets into Sway dataset folders, for {@code sway
 * import}: {@link io.sway.loader.imports.SnapImporter} (SNAP Higgs Twitter) and {@link
 * io.sway.loader.imports.LdbcImporter} (LDBC SNB Interactive CSV). Each streams its source once,
 * checks it as it goes, and writes the Sway files described under "Dataset format" in the README
 * only when the whole source converted; {@code docs/importers.md} gives the mappings in a table.
 */
package io.sway.loader.imports;
