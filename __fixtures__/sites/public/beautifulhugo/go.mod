module github.com/example/beautifulhugo-site

go 1.19

require github.com/halogenica/beautifulhugo v0.0.0-20260518052741-f571556b3a82 // indirect
