package election

import _ "embed"

//go:embed testdata/sample.json
var sampleManifest []byte

// Sample returns a copy of the sample manifest (testdata/sample.json), as
// written, for demos such as "evote up".
func Sample() []byte { return append([]byte(nil), sampleManifest...) }
