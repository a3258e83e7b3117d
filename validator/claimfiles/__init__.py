"""Claim files (`claims/<article-stem>.yaml`): reviewed claims and the relations between them.

- `reader`: the one reader (YAML -> `ClaimFile`, every problem with its line);
- `refs`: the claims a relation names, found by their `Ref` type;
- `writer`: the one writer (one number style, atomic);
- `draft`: `extract_and_link` (an article's claims and relations, as `check` reads a raw article) and
  drafted claim files;
- `merge`: a fresh draft merged into a reviewed file (`extract --update`).
"""

from __future__ import annotations

from validator.claimfiles.draft import draft_claim_file, drafted_from_article, extract_and_link
from validator.claimfiles.merge import leading_comment, merge_claim_files, update_claim_file
from validator.claimfiles.reader import ClaimFileError, LoadedClaimFile, add_yaml12_resolvers, load_claim_file
from validator.claimfiles.refs import relation_refs
from validator.claimfiles.writer import dump_claim_file, dump_claim_json, write_claim_file

__all__ = ["ClaimFileError", "LoadedClaimFile", "add_yaml12_resolvers", "draft_claim_file", "drafted_from_article",
           "dump_claim_file", "dump_claim_json", "extract_and_link", "leading_comment", "load_claim_file",
           "merge_claim_files", "relation_refs", "update_claim_file", "write_claim_file"]
