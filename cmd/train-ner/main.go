// Command train-ner trains Dateline's named-entity model.
//
//	go run ./cmd/train-ner -data ../shared/eval/ner/conllpp -tls ../shared/eval/tls/t17 \
//	    -out internal/entity/model/ner.bin.gz
//
// It reads CoNLL-2003 style train.txt (and dev.txt, for the scores printed
// after each epoch), computes word clusters from the unlabelled news text
// of the -tls directory (every .txt file under an InputDocs folder, one
// sentence per line) plus the training words, trains the perceptron and
// writes the model. The same inputs and flags give the same model.
package main

import (
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/entity/ner"
	"github.com/dateline-news/dateline/internal/eval/conll"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train-ner:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("train-ner", flag.ContinueOnError)
	data := fl.String("data", "../shared/eval/ner/conllpp", "directory with train.txt and dev.txt")
	tls := fl.String("tls", "../shared/eval/tls/t17", "directory of unlabelled news text for the word clusters (\"\" for none)")
	out := fl.String("out", "internal/entity/model/ner.bin.gz", "model file to write")
	epochs := fl.Int("epochs", 0, "training passes (0: default)")
	bio := fl.Bool("iob2", false, "use IOB2 labels inside the model instead of BILOU")
	prune := fl.Float64("prune", 0, "drop features whose weights are all below this (0: default)")
	cache := fl.String("cluster-cache", "", "file to keep the computed clusters in between runs (development only)")
	noDev := fl.Bool("no-dev", false, "do not score dev.txt after every epoch")
	if err := fl.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	train, err := readCoNLL(filepath.Join(*data, "train.txt"))
	if err != nil {
		return err
	}
	var dev []ner.Document
	if !*noDev {
		if dev, err = readCoNLL(filepath.Join(*data, "dev.txt")); err != nil {
			return err
		}
	}
	var clusters ner.Clusters
	if *tls != "" {
		if clusters, err = loadClusters(*cache); err != nil {
			return err
		}
		if clusters == nil {
			corpus, err := readText(*tls)
			if err != nil {
				return err
			}
			for _, d := range train {
				for _, s := range d {
					corpus = append(corpus, s.Words)
				}
			}
			t := time.Now()
			clusters = ner.Cluster(corpus, ner.ClusterOptions{Seed: 1})
			fmt.Fprintf(os.Stderr, "clusters: %d words from %d sentences in %s\n", len(clusters), len(corpus), time.Since(t).Round(time.Second))
			if err := saveClusters(*cache, clusters); err != nil {
				return err
			}
		}
	}
	opt := ner.TrainOptions{Epochs: *epochs, Clusters: clusters, Dev: dev, Log: os.Stderr, Prune: float32(*prune), Seed: 1}
	if *bio {
		opt.Scheme = ner.IOB2
	}
	m, err := ner.Train(train, opt)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st := m.Stats()
	fi, _ := os.Stat(*out)
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d features, %d labels, %d cluster words, %d gazetteer entries (%s)\n",
		*out, fi.Size(), st.Features, st.Labels, st.ClusterWords, st.GazetteerEntries, time.Since(start).Round(time.Second))
	if len(dev) > 0 {
		p, r, f1 := m.Score(dev)
		fmt.Fprintf(os.Stderr, "dev: P %.4f R %.4f F1 %.4f\n", p, r, f1)
	}
	return nil
}

func readCoNLL(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([]ner.Document, 0, len(docs))
	for _, d := range docs {
		var nd ner.Document
		for _, s := range d.Sentences {
			if s.Tags == nil {
				return nil, fmt.Errorf("%s: sentence without tags", path)
			}
			nd = append(nd, ner.Sentence{Words: s.Words, Tags: s.Tags})
		}
		if len(nd) > 0 {
			out = append(out, nd)
		}
	}
	return out, nil
}

// readText reads every .txt file under an InputDocs folder of dir as one
// sentence per line, tokens separated by spaces.
func readText(dir string) ([][]string, error) {
	var corpus [][]string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".txt") || !strings.Contains(filepath.ToSlash(path), "/InputDocs/") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if ws := strings.Fields(line); len(ws) > 0 {
				corpus = append(corpus, ws)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	if len(corpus) == 0 {
		return nil, fmt.Errorf("read %s: no InputDocs/*.txt text found", dir)
	}
	return corpus, nil
}

func loadClusters(path string) (ner.Clusters, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var c ner.Clusters
	if err := gob.NewDecoder(f).Decode(&c); err != nil {
		return nil, fmt.Errorf("cluster cache %s: %w", path, err)
	}
	return c, nil
}

func saveClusters(path string, c ner.Clusters) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(c); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
