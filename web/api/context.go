package api

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/evote-org/evote/crypto/transcript"
)

// ErrContext is returned for an election context that does not parse.
var ErrContext = errors.New("api: malformed election context")

// SetContext fills the context fields of e.
func (e *Election) SetContext(c transcript.Context) {
	e.ChainID = c.ChainID
	e.Contract = fmt.Sprintf("0x%x", c.Contract)
	e.ElectionID = fmt.Sprintf("0x%x", c.ElectionID)
}

// Context parses the context fields of e.
func (e *Election) Context() (transcript.Context, error) {
	c := transcript.Context{ChainID: e.ChainID}
	if err := fixedHex(c.Contract[:], e.Contract); err != nil {
		return c, fmt.Errorf("%w: contract: %w", ErrContext, err)
	}
	if err := fixedHex(c.ElectionID[:], e.ElectionID); err != nil {
		return c, fmt.Errorf("%w: election id: %w", ErrContext, err)
	}
	return c, nil
}

// fixedHex decodes 0x + exactly 2·len(dst) hex digits into dst.
func fixedHex(dst []byte, s string) error {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok || len(h) != 2*len(dst) {
		return fmt.Errorf("want 0x + %d hex digits", 2*len(dst))
	}
	_, err := hex.Decode(dst, []byte(h))
	return err
}
