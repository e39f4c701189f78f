package tally

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"hash"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// Marshal is the canonical encoding of a record line: compact JSON with
// the fields in the order of the Go type, no HTML escaping, byte strings
// in standard base64, addresses and hashes in lowercase 0x-hex.
func Marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // record types always encode
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// Unmarshal decodes a line into v strictly: no unknown fields, and the
// line must be exactly Marshal(v), so that a record has one encoding and
// its hash is well defined.
func Unmarshal(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %w", ErrRecord, err)
	}
	if !bytes.Equal(line, Marshal(v)) {
		return fmt.Errorf("%w: line not in canonical form", ErrRecord)
	}
	return nil
}

// Writer writes a record: the header, the casts and the tally line are
// hashed (SHA-256 over their bytes, newlines included), the published
// line is not.
type Writer struct {
	w      *bufio.Writer
	h      hash.Hash
	sealed bool
}

// NewWriter returns a writer of a record to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 1<<20), h: sha256.New()}
}

// Write writes a hashed line: a *Header, *RollLine, *IssuedLine,
// *CastLine, *TallyLine, *MixLine, *MixFinishedLine, *MixShareLine or
// *CountLine.
func (w *Writer) Write(line any) error {
	if w.sealed {
		return fmt.Errorf("%w: line after the published line", ErrRecord)
	}
	b := append(Marshal(line), '\n')
	w.h.Write(b)
	_, err := w.w.Write(b)
	return err
}

// Hash is the record hash of the lines written so far.
func (w *Writer) Hash() common.Hash { return common.Hash(w.h.Sum(nil)) }

// Publish writes the published line, after which nothing is hashed.
func (w *Writer) Publish(p *Published) error {
	p.Type, w.sealed = TypePublished, true
	_, err := w.w.Write(append(Marshal(p), '\n'))
	return err
}

// Flush writes any buffered data.
func (w *Writer) Flush() error { return w.w.Flush() }

// Reader reads a record line by line and hashes the hashed lines.
type Reader struct {
	r    *bufio.Reader
	h    hash.Hash
	line int
}

// NewReader returns a reader of the record in r.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 1<<20), h: sha256.New()}
}

// Next returns the next line (without its newline) and its type, or
// io.EOF after the last. Lines other than a published line are hashed.
func (r *Reader) Next() (typ string, line []byte, err error) {
	line, err = r.r.ReadBytes('\n')
	if err == io.EOF && len(line) == 0 {
		return "", nil, io.EOF
	}
	if err != nil {
		return "", nil, fmt.Errorf("%w: line %d: %w", ErrRecord, r.line+1, err)
	}
	r.line++
	typ = lineType(line)
	if typ != TypePublished {
		r.h.Write(line)
	}
	return typ, line[:len(line)-1], nil
}

// Line is the number of the last line read, from 1.
func (r *Reader) Line() int { return r.line }

// Hash is the record hash of the hashed lines read so far.
func (r *Reader) Hash() common.Hash { return common.Hash(r.h.Sum(nil)) }

// lineType reads the type of a canonical line, which comes first and is
// followed by another field: `{"type":"castle",…` is no cast line.
func lineType(line []byte) string {
	for _, t := range []string{TypeCast, TypeIssued, TypeRoll, TypeHeader, TypeTally, TypeMix, TypeMixFinished, TypeMixShare, TypeCount, TypePublished} {
		if bytes.HasPrefix(line, []byte(`{"type":"`+t+`",`)) {
			return t
		}
	}
	return ""
}
