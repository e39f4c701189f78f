package tally

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/registrar/api"
)

// maxLogBytes bounds the registrar's answer: 1.5 M roll entries and as
// many issued are some 200 MB of hex.
const maxLogBytes = 1 << 30

// RegistrarLog reads the log from the registrar at base (its public
// URL): GET base/v1/elections/{id}/log/all (docs/registrar-api.md).
// Nothing it says is trusted: the log is checked against the chain.
func RegistrarLog(base string, client *http.Client) LogSource {
	return func(ctx context.Context, id common.Hash) (*Log, error) {
		url := fmt.Sprintf("%s/v1/elections/%x/log/all", strings.TrimSuffix(base, "/"), id)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		resp, err := client.Do(req)
		if err != nil {
			return nil, fmt.Errorf("%w: reading it from the registrar: %w", ErrLog, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%w: the registrar answered %s to GET %s", ErrLog, resp.Status, url)
		}
		var all api.LogAll
		if err := json.NewDecoder(io.LimitReader(resp.Body, maxLogBytes)).Decode(&all); err != nil {
			return nil, fmt.Errorf("%w: the registrar's answer: %w", ErrLog, err)
		}
		return logOf(&all)
	}
}

// logOf decodes the entries of a registrar's answer.
func logOf(all *api.LogAll) (*Log, error) {
	l := &Log{Intervals: make([][][]byte, len(all.Intervals))}
	var err error
	if all.Roll != nil {
		if l.Roll, err = hexEntries(all.Roll.Entries); err != nil {
			return nil, err
		}
	}
	for k, in := range all.Intervals {
		if l.Intervals[k], err = hexEntries(in.Entries); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func hexEntries(hs []string) ([][]byte, error) {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		b, err := hex.DecodeString(h)
		if err != nil || strings.ToLower(h) != h {
			return nil, fmt.Errorf("%w: entry %q is not lowercase hex", ErrLog, h)
		}
		out[i] = b
	}
	return out, nil
}
