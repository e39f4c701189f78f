package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/progress"
	"github.com/evote-org/evote/registrar/letters"
)

// registrarLetters renders the printable code letters of a codes file
// (evote registrar codes), one HTML file per district.
func registrarLetters(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("registrar letters", flag.ContinueOnError)
	rollPath := fs.String("roll", "roll.csv", "the voter roll the codes were made from (names and districts)")
	codesPath := fs.String("codes", "codes.csv", "the codes file of evote registrar codes")
	manifestPath := fs.String("manifest", "manifest.json", "the election manifest (its title and schedule go on the letters)")
	booth := fs.String("booth", "", "the voting booth's address printed on the letters, https://...")
	contact := fs.String("contact", "", "how voters reach the commission (phone, address), printed in the instructions")
	out := fs.String("out", "letters", "directory for the letters (created 0700; one 0600 file per district)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	e, err := letterElection(*manifestPath, *booth, *contact)
	if err != nil {
		return err
	}
	ls, err := joinCodes(*rollPath, *codesPath)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o700); err != nil {
		return err
	}
	districts := letters.Districts(ls)
	p := progress.New(os.Stderr, "letters", uint64(len(ls)))
	for _, d := range districts {
		if err := writeLetters(*out, e, d); err != nil {
			return err
		}
		p.Add(len(d.Letters))
	}
	p.Done()
	fmt.Printf("%d letters in %d files in %s: print them, then destroy the files and %s\n", len(ls), len(districts), *out, *codesPath)
	return nil
}

// letterElection reads what every letter says from the manifest and the
// flags.
func letterElection(manifestPath, booth, contact string) (letters.Election, error) {
	if booth == "" {
		return letters.Election{}, errors.New("--booth: the booth's address is required (it is printed on every letter)")
	}
	data, err := readManifest(manifestPath)
	if err != nil {
		return letters.Election{}, err
	}
	m, err := election.Parse(data)
	if err != nil {
		return letters.Election{}, err
	}
	return letters.Election{Title: m.Title, Booth: booth, Schedule: m.Schedule, Contact: contact}, nil
}

// readManifest reads a manifest file as a commission writes it and
// returns its canonical bytes, those published and hashed into the
// election id.
func readManifest(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return election.Canonical(raw)
}

func joinCodes(rollPath, codesPath string) ([]letters.Letter, error) {
	r, err := readRoll(rollPath)
	if err != nil {
		return nil, err
	}
	cf, err := os.Open(codesPath)
	if err != nil {
		return nil, err
	}
	defer cf.Close()
	return letters.Join(r, cf)
}

// writeLetters writes one district's letters to a new 0600 file; a
// failed file is removed.
func writeLetters(dir string, e letters.Election, d letters.District) error {
	name, err := letters.FileName(d.Name)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	err = letters.Write(f, e, []letters.District{d})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
