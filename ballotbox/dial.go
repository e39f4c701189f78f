package ballotbox

import (
	"context"
	"net/http"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Dial connects to a node's JSON-RPC (http://, https://, ws:// or a local
// IPC path) for sending: over HTTP it does not ask for gzip. go-ethereum
// compresses every HTTP answer a client accepts gzip for, and for a
// sender's stream of 32-byte eth_sendRawTransaction answers that cost the
// node half as much CPU as executing the casts (docs/performance.md).
func Dial(ctx context.Context, url string) (*ethclient.Client, error) {
	hc := &http.Client{Transport: &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 16}}
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(c), nil
}
