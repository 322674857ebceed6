UPDATE awards SET awardee_id = :into WHERE awardee_id = :from
