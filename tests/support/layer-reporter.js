/**
 * Prints, after the run, how many tests ran in each layer (jest project), then one plain
 * closing line "N passed, N failed" that CI reads.
 */
class LayerReporter {
  onRunComplete(_contexts, results) {
    const layers = new Map()
    for (const file of results.testResults) {
      const layer = file.displayName ? file.displayName.name || String(file.displayName) : 'other'
      const row = layers.get(layer) || { passed: 0, failed: 0, skipped: 0, files: 0 }
      row.files += 1
      row.passed += file.numPassingTests
      row.failed += file.numFailingTests + (file.testExecError ? 1 : 0)
      row.skipped += file.numPendingTests + file.numTodoTests
      layers.set(layer, row)
    }
    const lines = ['', 'Tests by layer:']
    for (const [layer, row] of [...layers].sort()) {
      lines.push(`  ${layer.padEnd(11)} ${String(row.passed).padStart(4)} passed, ${row.failed} failed${row.skipped ? `, ${row.skipped} skipped` : ''} (${row.files} files)`)
    }
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    lines.push(`${results.numPassedTests} passed, ${failed} failed`)
    process.stdout.write(lines.join('\n') + '\n')
  }
}
module.exports = LayerReporter
