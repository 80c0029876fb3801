"""`python -m newsfacts.spark INPUT... OUTPUT` is `newsfacts spark INPUT... OUTPUT`."""

from newsfacts.spark.submit import main

main()
