/** Reading award decisions (quyết định khen thưởng): the awardees, the forms of award and the campaigns. */
package vn.vankho.ingest.awards;
