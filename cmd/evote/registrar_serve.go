package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/tally"
)

// registrarServe runs the issuance API for one election and publishes the
// count of issued tokens on its contract.
func registrarServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("registrar serve", flag.ContinueOnError)
	keyPath := fs.String("key", "registrar-key.pem", "the registrar's private key file")
	storeSpec := fs.String("store", "pebble:evote-data/registrar", "store: pebble:DIR or redis://host:port/db")
	rpc := fs.String("rpc", "http://127.0.0.1:8545", "chain node JSON-RPC")
	contract := fs.String("contract", "", "the election's ballot-box contract address")
	account := fs.String("account-key", "registrar-account.key", "hex secp256k1 key of the registrar's chain account")
	listen := fs.String("listen", "127.0.0.1:8082", "HTTP listen address of the API")
	metrics := metricsListen(fs, "127.0.0.1:9082")
	namespace := fs.String("namespace", "evote", namespaceUsage)
	from := fs.Uint64("from-block", 0, "the contract's deployment block (0: search from genesis), for reading the key ceremony")
	origins := fs.String("allowed-origins", "", "comma-separated origins of the booth's site allowed to call the API from browsers (e.g. https://vote.example)")
	limits := limitFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	clientID, err := limits.clientID()
	if err != nil {
		return err
	}
	if !common.IsHexAddress(*contract) {
		return errors.New("--contract: an address is required")
	}
	k, err := registrar.LoadOrGenerateKey(*keyPath, slog.Default())
	if err != nil {
		return err
	}
	c, err := ethclient.DialContext(ctx, *rpc)
	if err != nil {
		return err
	}
	defer c.Close()
	box := ballotbox.New(c, common.HexToAddress(*contract))
	// The booth checks the key against the contract; refuse to serve a
	// key the contract does not hold, rather than fail every voter.
	onChain, err := box.RegistrarKey(ctx)
	if err != nil {
		return err
	}
	if !bytes.Equal(onChain, k.Public().Bytes()) {
		return fmt.Errorf("the contract holds another registrar key (%s…): post ours with setRegistrar first", hex.EncodeToString(onChain[:min(8, len(onChain))]))
	}
	tctx, err := box.Context(ctx)
	if err != nil {
		return err
	}
	elKey, err := electionKey(ctx, box, *from)
	if err != nil {
		return err
	}
	opts, err := accountOpts(*account, tctx.ChainID)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *storeSpec, *namespace)
	if err != nil {
		return err
	}
	defer st.Close()
	svc, err := registrar.New(registrar.Config{Context: tctx, Key: k, Store: st, AllowedOrigins: originList(*origins), ElectionKey: elKey,
		Limits: limits.Limits, ClientID: clientID, Publisher: &ballotbox.TokenCounter{Client: box, Opts: opts}})
	if err != nil {
		return err
	}
	go svc.Run(ctx)
	if elKey == nil {
		slog.Info("the key ceremony has not finished: the election key is served once it has")
		go awaitElectionKey(ctx, svc, box, *from)
	}
	slog.Info("registrar serving", "listen", *listen, "contract", *contract)
	serveMonitor(ctx, *metrics, svc.MonitorHandler())
	err = serve(ctx, *listen, svc.Handler())
	return errors.Join(err, svc.Close(context.Background()))
}

// registrarLimits are the attempt limits' flags (docs/registrar-api.md,
// "Limits").
type registrarLimits struct {
	registrar.Limits
	proxies *string
}

func limitFlags(fs *flag.FlagSet) *registrarLimits {
	l := &registrarLimits{}
	fs.IntVar(&l.VoterFailures, "voter-failures", 10, "wrong codes per voter id from one client per --voter-window (negative: no limit)")
	fs.DurationVar(&l.VoterWindow, "voter-window", time.Hour, "window of --voter-failures")
	fs.IntVar(&l.ClientFailures, "client-failures", 50, "wrong codes from one client (an IPv4 address or an IPv6 /64) per --client-window (negative: no limit)")
	fs.DurationVar(&l.ClientWindow, "client-window", 15*time.Minute, "window of --client-failures")
	l.proxies = fs.String("trusted-proxies", "", "comma-separated addresses or networks of the reverse proxies in front of the API (e.g. 10.0.0.0/8): "+
		"their requests are counted by the client address they append to X-Forwarded-For; required behind a proxy, or every voter counts as the proxy")
	return l
}

// clientID is the Config.ClientID of --trusted-proxies (nil: the TCP
// peer address).
func (l *registrarLimits) clientID() (func(*http.Request) string, error) {
	if *l.proxies == "" {
		return nil, nil
	}
	p, err := registrar.ParseProxies(*l.proxies)
	if err != nil {
		return nil, fmt.Errorf("--trusted-proxies: %w", err)
	}
	return registrar.ForwardedClient(p), nil
}

// electionKey is the election key, settled from the key ceremony's posts
// as every verifier does (tally.VerifiedElection), for the booth's
// cross-check with the site; nil before the ceremony has finished
// (awaitElectionKey then serves it when it has). A
// contract whose key is not the ceremony's is refused.
func electionKey(ctx context.Context, box *ballotbox.Client, from uint64) ([]byte, error) {
	e, err := tally.VerifiedElection(ctx, box, from)
	if errors.Is(err, tally.ErrState) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("the election key: %w", err)
	}
	return e.Key.Bytes(), nil
}

// awaitElectionKey waits for the key ceremony to finish (a registrar
// started before it) and then serves the election key it settles, so
// that the booth has the registrar's answer to check the site's against.
func awaitElectionKey(ctx context.Context, svc *registrar.Service, box *ballotbox.Client, from uint64) {
	e, err := tally.AwaitElection(ctx, box, from, 5*time.Second)
	if err == nil {
		err = svc.SetElectionKey(e.Key.Bytes())
	}
	switch {
	case ctx.Err() != nil:
	case err != nil:
		slog.Error("the election key", "err", err)
	default:
		slog.Info("the key ceremony has finished: the registrar serves the election key")
	}
}

// accountOpts loads a hex secp256k1 key file as a transactor.
func accountOpts(path string, chainID uint64) (*bind.TransactOpts, error) {
	key, err := crypto.LoadECDSA(path)
	if err != nil {
		return nil, fmt.Errorf("account key: %w", err)
	}
	return bind.NewKeyedTransactor(key, new(big.Int).SetUint64(chainID)), nil
}

// originList splits a comma-separated --allowed-origins value; "": none.
func originList(s string) []string {
	var out []string
	for o := range strings.SplitSeq(s, ",") {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, o)
		}
	}
	return out
}
