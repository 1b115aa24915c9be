"""Comparing a resume with its LinkedIn profile: what the `profile-*` kinds share.

`text` folds names for comparison, `lines` cites the profile's lines in
findings, `dates` compares dates, `pairing` pairs positions by employer,
`schools` pairs schools and degrees, `people` compares people's names.

Each check reads the profile from `ctx.profile` and yields hits that point at
the resume's line, with the profile's line in `related`, and a message that
says what each side has.
"""
