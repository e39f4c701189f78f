package up

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/tally/ceremony"
)

// setup makes the sample election: deploy, registrar, key ceremony, test
// decryption, roll and codes, open polls; then writes the state file. A
// setup cut short is started over on the next start (a new contract).
func setup(ctx context.Context, cfg Config, client ballotbox.Backend, acc *accounts, regKey *signer.Key) (*State, error) {
	log := cfg.Logger
	dir := cfg.DataDir
	manifest, err := election.Canonical(election.Sample())
	if err != nil {
		return nil, err
	}
	var trustees []common.Address
	for _, o := range acc.trustees {
		trustees = append(trustees, o.From)
	}
	log.Info("deploying the sample election's contract")
	box, tx, err := ballotbox.Deploy(acc.commission, client, ballotbox.Params{
		Commission: acc.commission.From, Manifest: manifest, Trustees: trustees, Threshold: Threshold})
	if err != nil {
		return nil, err
	}
	rcpt, err := box.WaitMined(ctx, tx)
	if err != nil {
		return nil, err
	}
	st := &State{Contract: box.Address(), FromBlock: rcpt.BlockNumber.Uint64(), Voters: cfg.Voters}
	from := st.FromBlock
	mined := func(tx *types.Transaction, err error) error {
		if err != nil {
			return err
		}
		_, err = box.WaitMined(ctx, tx)
		return err
	}
	if err := mined(box.SetRegistrar(acc.commission, acc.registrar.From, regKey.Public().Bytes())); err != nil {
		return nil, fmt.Errorf("set registrar: %w", err)
	}
	if err := mined(box.StartKeyCeremony(acc.commission)); err != nil {
		return nil, fmt.Errorf("start ceremony: %w", err)
	}

	pass := make([]byte, 16)
	rand.Read(pass)
	st.Passphrase = hex.EncodeToString(pass)
	tdir := filepath.Join(dir, "trustees")
	if err := os.MkdirAll(tdir, 0o700); err != nil {
		return nil, err
	}
	ts := make([]*ceremony.Trustee, Trustees)
	for i, o := range acc.trustees {
		ts[i] = &ceremony.Trustee{Box: box, Opts: o}
	}
	if _, err := localtrustees.Ceremony(ctx, acc.commission, from, ts, Threshold, tdir, []byte(st.Passphrase), log); err != nil {
		return nil, err
	}

	log.Info("generating the sample roll's voting codes", "voters", cfg.Voters)
	if err := codes(ctx, dir, election.ID(manifest), cfg.Voters, &ballotbox.TokenCounter{Client: box, Opts: acc.registrar}); err != nil {
		return nil, err
	}
	if err := mined(box.OpenPolls(acc.commission)); err != nil {
		return nil, fmt.Errorf("open polls: %w", err)
	}
	data, _ := json.MarshalIndent(st, "", "  ")
	if err := writeFile(filepath.Join(dir, stateFile), data); err != nil {
		return nil, err
	}
	return st, nil
}

// codes makes the sample roll V00001.. and its codes, stored in the
// registrar's store and (demo only) in the codes file, and posts the
// roll (as the registrar does by itself, which runs only later).
func codes(ctx context.Context, dir string, electionID [32]byte, n int, p registrar.CountPublisher) error {
	st, err := pebblestore.Open(filepath.Join(dir, "registrar"), pebblestore.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	voters := make([]roll.Voter, n)
	for i := range voters {
		voters[i] = roll.Voter{ID: fmt.Sprintf("V%05d", i+1), Name: fmt.Sprintf("Sample Voter %d", i+1)}
	}
	var out bytes.Buffer
	// Replace: codes of a setup cut short are for no open election.
	if err := registrar.GenerateCodes(ctx, electionID, voters, st, &out, registrar.CodeConfig{Replace: true}); err != nil {
		return err
	}
	if _, _, _, err := registrar.CommitRoll(ctx, st, p); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, CodesFile), out.Bytes())
}
